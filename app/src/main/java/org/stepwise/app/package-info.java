/**
 * The desktop shell: the main window with its catalog, lesson host, menus, themes and
 * presentation mode. Holds no lesson-specific code.
 */
package org.stepwise.app;
