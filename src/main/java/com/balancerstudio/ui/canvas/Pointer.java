package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.Point;

/** Where the pointer is (on the design and on the screen) and which modifier keys are held. */
record Pointer(Point design, double screenX, double screenY, boolean shift, boolean alt) {
}
