/** Switching-cost facets and types, survey answers about them, and switching-cost scores. */
package io.github.logicrm.core.switching;
