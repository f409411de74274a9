#pragma once

#include "forum.h"
#include "proposal.h"

#include <QHash>
#include <QList>

namespace cordee {

/// The demo forum's proposals, for workshops formed already: two to four per workshop in its language
/// (French, English or Spanish), written per theme, with sub-points, drafts and rejected ones. The same
/// asks come back in several workshops in other words; the synthesis committee has merged a few of them
/// (with their history), split one, and retained an ordered set of about twenty for the declaration, by
/// theme. Deterministic: the same workshops give the same proposals. `rapporteurs` gives a workshop's
/// rapporteur (participant id) by workshop key; workshops without one leave proposals without rapporteur.
ProposalSet makeDemoProposals(const QList<Workshop> &workshops,
                              const QHash<QString, qint64> &rapporteurs = {});

} // namespace cordee
