package com.balancerstudio.cli;

import com.balancerstudio.model.Design;
import java.io.IOException;
import java.io.PrintWriter;

/** One output of `export`: writes the design in its format and says what it wrote (and what it could not say). */
interface ExportTarget {
    /** Writes the export; an IOException means nothing usable was written and the message says where and why. */
    void write(Design design, PrintWriter out) throws IOException;
}
