/**
 * Activities and sign-ups (活动报名): organisers post, residents sign up for limited seats or a
 * waitlist without ever overselling, check in with a rotating code, and volunteers get their hours.
 */
package org.linli.service.activity;
