#pragma once

#include "formationbridge.h"
#include "forum.h"
#include "proposal.h"

#include <QList>
#include <QString>

#include <array>

namespace cordee {

/// The proposals of one theme by status, for the dashboard (sub-points counted like proposals).
struct ThemeProposals
{
    QString key;                   ///< theme key; empty: proposals without a theme
    QString label;                 ///< the theme's title, or "No theme"
    std::array<int, 5> byStatus{}; ///< indexed by ProposalStatus
    int count(ProposalStatus status) const { return byStatus[std::size_t(status)]; }
    int total() const;
};

/// One item per theme of the forum (in the forum's order) that has proposals, then one for the proposals
/// without a theme, if any.
QList<ThemeProposals> proposalsByTheme(const ProposalSet &proposals, const QList<Theme> &themes);

/// What a workshop has sent so far, and who to ask when it has sent nothing.
struct WorkshopSubmissions
{
    QString key;
    QString label;      ///< theme title, else the workshop's title, else its key
    QString rapporteur; ///< the rapporteur's name; empty: none named
    int sent = 0;       ///< out of the room's hands: submitted, retained, rejected or merged
    int drafts = 0;
};

/// The workshops of `slotKey` in key order, with what each has captured (plenary proposals left out).
QList<WorkshopSubmissions> submissionsBySlot(const ForumSnapshot &forum, const ProposalSet &proposals,
                                             const QString &slotKey);

} // namespace cordee
