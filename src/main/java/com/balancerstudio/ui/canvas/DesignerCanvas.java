package com.balancerstudio.ui.canvas;

import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Point;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Template;
import com.balancerstudio.render.DiagramPainter;
import com.balancerstudio.render.Overlay;
import com.balancerstudio.render.Theme;
import com.balancerstudio.render.TrafficLayer;
import com.balancerstudio.ui.CanvasActions;
import com.balancerstudio.ui.PaletteDrag;
import com.balancerstudio.ui.Workspace;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/**
 * The drawing canvas of the designer: a viewport-sized canvas that the diagram painter redraws when something changed,
 * with zoom, scrolling and the tools that select, move, resize, connect, create from the palette and rename in place.
 * Every change to the design goes through the workspace as one edit per gesture.
 */
public final class DesignerCanvas extends Region implements CanvasActions, ToolHost {
    private static final double ZOOM_STEP = 1.25;
    private static final double FIT_MARGIN = 40;
    private static final double MINIMAP_MARGIN = 12;
    private final Workspace workspace;
    private DiagramPainter painter;
    private final Canvas canvas = new Canvas();
    private final FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
    private final Viewport viewport = new Viewport();
    private final ScrollBars scrollBars;
    private final InPlaceRename rename;
    private final CanvasCommands commands;
    private final PaletteDropTarget drops;
    private final ElementContextMenu elementMenu;
    private final Minimap minimap = new Minimap(this::centreOn);
    private HitIndex hitIndex;
    private CanvasTool tool;
    private ElementId hover;
    private boolean spaceDown;
    private boolean repaintQueued;
    private boolean fittedOnce;
    private int paints;
    private TrafficLayer traffic = TrafficLayer.EMPTY;

    public DesignerCanvas(Workspace workspace, DiagramPainter painter) {
        this.workspace = workspace;
        this.painter = painter;
        this.rename = new InPlaceRename(workspace, this::requestFocus);
        this.commands = new CanvasCommands(workspace);
        this.drops = new PaletteDropTarget(workspace);
        this.scrollBars = new ScrollBars(viewport, this);
        setId("designer-canvas");
        setFocusTraversable(true);
        setMinSize(100, 100);
        getChildren().addAll(canvas, minimap, scrollBars.horizontal(), scrollBars.vertical(), rename.field());
        workspace.designProperty().addListener((o, old, next) -> repaint());
        workspace.findingsProperty().addListener((o, old, next) -> repaint());
        workspace.selection().addListener((SetChangeListener<ElementId>) change -> repaint());
        viewport.zoomProperty().addListener((o, old, next) -> repaint());
        viewport.offsetXProperty().addListener((o, old, next) -> repaint());
        viewport.offsetYProperty().addListener((o, old, next) -> repaint());
        new PointerEvents(this).install(canvas);
        new CanvasKeys(this, commands).install(this);
        elementMenu = new ElementContextMenu(this);
        elementMenu.install(canvas);
        installDrops();
    }

    // ---- state the tools and helpers share ----

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public HitIndex hits() {
        if (hitIndex == null || hitIndex.design() != workspace.design()) {
            hitIndex = new HitIndex(workspace.design());
        }
        return hitIndex;
    }

    @Override
    public Viewport viewport() {
        return viewport;
    }

    CanvasTool tool() {
        return tool;
    }

    void setTool(CanvasTool next) {
        tool = next;
        repaint();
    }

    boolean spaceDown() {
        return spaceDown;
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    void setHover(ElementId id) {
        if (!java.util.Objects.equals(hover, id)) {
            hover = id;
            repaint();
        }
    }

    /** Cancels the gesture under way (Escape); true when there was one. */
    boolean cancelTool() {
        if (tool == null) {
            return false;
        }
        tool.cancel();
        setTool(null);
        workspace.say("");
        return true;
    }

    Pointer pointer(MouseEvent e) {
        return new Pointer(viewport.toDesign(e.getX(), e.getY()), e.getX(), e.getY(), e.isShiftDown(), e.isAltDown());
    }

    /** The single selected element, or null. */
    ElementId singleSelection() {
        if (workspace.selection().size() != 1) {
            return null;
        }
        var id = workspace.selection().iterator().next();
        return workspace.design().contains(id) ? id : null;
    }

    /** Canvas-local screen position of a design point. */
    Point2D toScreen(double x, double y) {
        return new Point2D(x * viewport.zoom() + viewport.offsetX(), y * viewport.zoom() + viewport.offsetY());
    }

    /** Where a design point currently is on the screen (for tools outside the canvas, such as tests driving it). */
    public Point2D screenPointOf(double x, double y) {
        return canvas.localToScreen(toScreen(x, y));
    }

    javafx.scene.control.ContextMenu elementMenu() {
        return elementMenu.menu();
    }

    Canvas drawing() {
        return canvas;
    }

    int paintCount() {
        return paints;
    }

    // ---- painting ----

    @Override
    public void repaint() {
        if (!repaintQueued) {
            repaintQueued = true;
            Platform.runLater(this::paintNow);
        }
    }

    private void paintNow() {
        repaintQueued = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        paints++;
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(FxCanvasSurface.color(painter.theme().background()));
        gc.fillRect(0, 0, w, h);
        var design = workspace.design();
        var overlay = new Overlay(Set.copyOf(workspace.selection()), Badges.of(workspace.findingsProperty().get()),
                hover, null, drops.preview(), drops.allowed(), null);
        if (tool != null) {
            design = tool.preview(design);
            overlay = tool.decorate(overlay);
        }
        surface.save();
        surface.translate(viewport.offsetX(), viewport.offsetY());
        surface.scale(viewport.zoom());
        painter.paint(surface, design, overlay, viewport.visible(w, h), 1, traffic);
        var selected = singleSelection();
        if (tool == null && selected != null) {
            ResizeHandles.paint(surface, workspace.design(), selected, painter.theme(), viewport.zoom());
        }
        surface.restore();
        scrollBars.update(DiagramPainter.contentBounds(workspace.design()), w, h);
        minimap.update(workspace.design(), painter, viewport.visible(w, h));
    }

    /** Pans so the design point is at the centre of the view (the minimap asks for this). */
    private void centreOn(Point p) {
        double z = viewport.zoom();
        viewport.panTo(canvas.getWidth() / 2 - p.x() * z, canvas.getHeight() / 2 - p.y() * z);
    }

    Minimap minimap() {
        return minimap;
    }

    @Override
    protected void layoutChildren() {
        double bar = scrollBars.thickness();
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        scrollBars.horizontal().resizeRelocate(0, h, w, bar);
        scrollBars.vertical().resizeRelocate(w, 0, bar, h);
        minimap.resizeRelocate(Math.max(0, w - Minimap.WIDTH - MINIMAP_MARGIN),
                Math.max(0, h - Minimap.HEIGHT - MINIMAP_MARGIN), Minimap.WIDTH, Minimap.HEIGHT);
        if (!fittedOnce && w > 0 && h > 0) {
            fittedOnce = true;
            zoomToFit();
        }
        repaint();
    }

    // ---- palette drops ----

    private void installDrops() {
        canvas.setOnDragOver(e -> {
            var template = PaletteDrag.template(e.getDragboard());
            if (template.isPresent()) {
                if (drops.hover(hits(), template.get(), viewport.toDesign(e.getX(), e.getY()))) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                repaint();
                e.consume();
            }
        });
        canvas.setOnDragExited(e -> {
            drops.clear();
            repaint();
        });
        canvas.setOnDragDropped(e -> {
            var template = PaletteDrag.template(e.getDragboard());
            e.setDropCompleted(template.isPresent() && dropTemplate(template.get(), e.getX(), e.getY()));
            e.consume();
        });
    }

    /** Drops a palette template at a canvas-local point, as a drag-and-drop would; true when it was added. */
    boolean dropTemplate(Template template, double x, double y) {
        boolean added = drops.drop(hits(), template, viewport.toDesign(x, y));
        requestFocus();
        repaint();
        return added;
    }

    // ---- CanvasActions ----

    @Override
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    @Override
    public void zoomIn() {
        zoomTo(viewport.zoom() * ZOOM_STEP);
    }

    @Override
    public void zoomOut() {
        zoomTo(viewport.zoom() / ZOOM_STEP);
    }

    @Override
    public void zoomTo(double factor) {
        viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Zooms by a factor keeping the point under the pointer in place (ctrl+wheel, pinch). */
    void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(viewport.zoom() * factor, x, y);
    }

    @Override
    public void zoomToFit() {
        viewport.fit(DiagramPainter.contentBounds(workspace.design()), canvas.getWidth(), canvas.getHeight(),
                FIT_MARGIN);
    }

    @Override
    public void reveal(ElementId id) {
        if (!workspace.design().contains(id)) {
            return;
        }
        workspace.select(Set.of(id));
        var b = workspace.design().absoluteBounds(id);
        var visible = viewport.visible(canvas.getWidth(), canvas.getHeight());
        if (!(b.x() >= visible.x() && b.y() >= visible.y() && b.maxX() <= visible.maxX() && b.maxY() <= visible.maxY())) {
            double z = viewport.zoom();
            viewport.panTo(canvas.getWidth() / 2 - (b.x() + b.width() / 2) * z,
                    canvas.getHeight() / 2 - (b.y() + b.height() / 2) * z);
        }
    }

    @Override
    public void cut() {
        commands.cut();
    }

    @Override
    public void copy() {
        commands.copy();
    }

    @Override
    public void paste() {
        commands.paste();
    }

    @Override
    public void duplicate() {
        commands.duplicate();
    }

    @Override
    public void deleteSelection() {
        commands.delete();
    }

    @Override
    public void selectAll() {
        commands.selectAll();
    }

    @Override
    public void renameSelection() {
        var id = singleSelection();
        if (id == null) {
            return;
        }
        var element = workspace.design().get(id);
        Rect b = workspace.design().absoluteBounds(id);
        var topLeft = toScreen(b.x(), b.y());
        double width = b.width() * viewport.zoom();
        if (DiagramPainter.isContainer(element)) {
            rename.open(id, topLeft.getX() + 4, topLeft.getY() + 2, Math.min(width - 8, 260));
        } else {
            rename.open(id, topLeft.getX(), topLeft.getY() + b.height() * viewport.zoom() - 12, width);
        }
    }

    @Override
    public void showTraffic(TrafficLayer layer) {
        traffic = Objects.requireNonNull(layer, "layer");
        repaint();
    }

    /** The simulation's traffic drawn now (for tests: what the painter is given). */
    public TrafficLayer traffic() {
        return traffic;
    }

    @Override
    public void setElementMenuItems(Function<ElementId, List<MenuItem>> items) {
        elementMenu.setExtraItems(items);
    }

    @Override
    public void setDarkTheme(boolean dark) {
        painter = new DiagramPainter(dark ? Theme.DARK : Theme.LIGHT);
        repaint();
    }

    boolean isRenaming() {
        return rename.isOpen();
    }

    Point designPoint(double x, double y) {
        return viewport.toDesign(x, y);
    }
}
