/** The lessons, one sub-package per algorithm family, each lesson one small class found by ServiceLoader. */
package org.stepwise.viz.lessons;
