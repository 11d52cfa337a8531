/** Relationship lifecycle stages and the data a stage classifier returns. */
package io.github.logicrm.core.lifecycle;
