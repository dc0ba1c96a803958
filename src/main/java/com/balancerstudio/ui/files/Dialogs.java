package com.balancerstudio.ui.files;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions and error messages of file handling, as dialogs owned by the main window. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    public static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType EXPORT_ANYWAY = new ButtonType("Export anyway", ButtonBar.ButtonData.YES);

    /** More lines than this go into a scrolling text area, so that the dialog stays on the screen. */
    private static final int LINES_IN_A_LABEL = 14;

    private Dialogs() {
    }

    public static void error(Window owner, String title, String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** Tells what was done, with the details in the body (long lists scroll). */
    public static void information(Window owner, String title, String message) {
        var alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        if (message.lines().count() > LINES_IN_A_LABEL) {
            var details = new javafx.scene.control.TextArea(message);
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(LINES_IN_A_LABEL);
            details.setPrefColumnCount(70);
            alert.getDialogPane().setContent(details);
        }
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** Asks whether to export a design AWS would reject: Export anyway or Cancel. */
    public static boolean exportDespiteErrors(Window owner, String what, int errors) {
        var alert = new Alert(Alert.AlertType.WARNING, "The design has " + errors + (errors == 1 ? " error" : " errors")
                + " AWS would reject (see the problems panel); " + what + " would fail until they are fixed.",
                EXPORT_ANYWAY, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("The design has errors");
        alert.setHeaderText("Export a design with errors?");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == EXPORT_ANYWAY;
    }

    /** Asks what to do with unsaved changes: Save, Don't save or Cancel. */
    public static ButtonType unsavedChanges(Window owner, String designName) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + designName + "\"?");
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }

    /** Asks whether to recover the design a previous run left unsaved. */
    public static Optional<ButtonType> offerRecovery(Window owner, String designName) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Balancer Studio closed without saving \"" + designName + "\". Recover its unsaved changes?",
                RECOVER, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved design");
        alert.setHeaderText("Unsaved work was found");
        return alert.showAndWait();
    }
}
