/**
 * Customer satisfaction: survey items and answers, path models of satisfaction indices, and the results of
 * the satisfaction calculators (Kotler ratio, weighted CSI, NPS, AHP weights, PLS path model estimates).
 */
package io.github.logicrm.core.satisfaction;
