/**
 * A reader of HashiCorp's HCL native syntax (the language of Terraform's {@code .tf} files) and an evaluator of its
 * expressions with Terraform's functions: {@link com.balancerstudio.importing.hcl.HclParser} gives the body of a file,
 * {@link com.balancerstudio.importing.hcl.HclEvaluator} the value of an expression, and the caller's
 * {@link com.balancerstudio.importing.hcl.HclScope} answers for the names it defines. Plain Java, used by the
 * Terraform import and depending on nothing else of the application.
 */
package com.balancerstudio.importing.hcl;
