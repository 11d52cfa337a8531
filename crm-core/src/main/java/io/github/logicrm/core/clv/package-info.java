/** Cash flows, discounting, lifetime-value figures and fitted purchase models. */
package io.github.logicrm.core.clv;
