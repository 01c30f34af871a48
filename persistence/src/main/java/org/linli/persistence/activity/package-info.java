/** Activities (活动), sign-ups, settings and volunteer service records. */
package org.linli.persistence.activity;
