package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendias.UserId;
import org.sendias.conflicts.CheckedParty;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.DeclarationId;
import org.sendias.conflicts.Gift;
import org.sendias.conflicts.GiftId;
import org.sendias.conflicts.HostOrganisation;

/**
 * One check of the {@code conflicts} command, read and validated, with the JSON each party, declaration and gift was
 * read from so that a match can show them as given.
 *
 * @param adviser the adviser checked
 * @param asOf the day the check applies to
 * @param parties the parties, each referred to by its path ({@code parties[0]})
 * @param partyNodes the JSON of each party, by its reference
 * @param declarations the adviser's declarations in force on {@code asOf}
 * @param declarationNodes the JSON of each declaration, by its id
 * @param gifts the accepted gifts at or above the threshold, offered within the interest period before
 *     {@code asOf}
 * @param giftNodes the JSON of each gift, by its id
 * @param host the host organisation, if given
 */
record CheckInput(UserId adviser, LocalDate asOf, List<CheckedParty> parties, Map<String, JsonNode> partyNodes,
        List<Declaration> declarations, Map<DeclarationId, JsonNode> declarationNodes, List<Gift> gifts,
        Map<GiftId, JsonNode> giftNodes, Optional<HostOrganisation> host) {
}
