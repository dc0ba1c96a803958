package com.balancerstudio.io;

import com.balancerstudio.model.Design;
import com.balancerstudio.testing.LargeDesign;
import java.nio.file.Path;

/**
 * A program for the crash test: saves two different large designs over one file, one after the other, through the
 * application's save, and says on its output when each save starts and ends, until it is killed.
 */
public final class SavingProcess {
    private SavingProcess() {
    }

    /** The first of the two designs: about 2,500 elements. */
    static Design first() {
        return LargeDesign.of(2_500).withName("First design");
    }

    /** The second: about 1,500 elements, so a mix of the two could never read as either. */
    static Design second() {
        return LargeDesign.of(1_500).withName("Second design").withDescription("Saved in turn with the first");
    }

    public static void main(String[] args) throws Exception {
        var file = Path.of(args[0]);
        var designs = new Design[] {first(), second()};
        for (int save = 0; ; save++) {
            System.out.println("start " + save);
            System.out.flush();
            long started = System.nanoTime();
            DesignFile.write(designs[save % 2], file);
            System.out.println("done " + save + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            System.out.flush();
        }
    }
}
