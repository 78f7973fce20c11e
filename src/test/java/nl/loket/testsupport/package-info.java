/** What the tests share: the database and browser runs, the full-app annotation, an HTTP visitor. */
package nl.loket.testsupport;
