package org.linli.service.deliberation;

import java.util.List;

/**
 * A new proposal.
 *
 * @param title short title
 * @param body the text
 * @param attachments https URLs on an allowed host (empty when none)
 */
public record ProposalCommand(String title, String body, List<String> attachments) {
  public ProposalCommand {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
