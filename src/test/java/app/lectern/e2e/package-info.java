/** End-to-end tests: the packaged jar in a real Chromium, driven by Playwright. */
package app.lectern.e2e;
