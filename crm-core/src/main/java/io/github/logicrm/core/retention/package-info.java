/** Inputs and results of retention decisions: churn early-warning signals and risk, win-back cases and advice. */
package io.github.logicrm.core.retention;
