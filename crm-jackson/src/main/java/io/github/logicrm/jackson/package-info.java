/** The Jackson module for LogiCRM value types. */
package io.github.logicrm.jackson;
