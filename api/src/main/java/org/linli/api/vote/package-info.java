/** Votes (表决): owners' votes and residents' meetings over HTTP. */
package org.linli.api.vote;
