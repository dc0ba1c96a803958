package com.balancerstudio.ui.canvas;

import com.balancerstudio.ui.Workspace;

/** What tools need from the canvas they run on. */
interface ToolHost {
    Workspace workspace();

    HitIndex hits();

    Viewport viewport();

    /** Asks for a repaint with the tool's current preview. */
    void repaint();
}
