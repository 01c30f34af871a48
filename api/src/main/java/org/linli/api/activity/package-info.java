/** Activities, sign-ups, check-in and volunteer hours. */
package org.linli.api.activity;
