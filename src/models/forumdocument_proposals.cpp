// The proposals part of ForumDocument: loading them, writing planned edits, and keeping the copy in memory
// true to the file when removals elsewhere clear references to what is gone.

#include "forumdocument.h"

#include "proposaledit.h"
#include "proposalrepository.h"

#include <QSet>

namespace cordee {

int ForumDocument::proposalCount() const
{
    return int(std::count_if(m_proposals.proposals.cbegin(), m_proposals.proposals.cend(),
                             [](const Proposal &p) { return !p.isSubPoint(); }));
}

Status ForumDocument::loadProposals()
{
    auto loaded = ProposalRepository(m_db->connection()).loadAll();
    if (!loaded)
        return loaded.status();
    m_proposals = std::move(loaded).value();
    // The file clears a proposal's workshop, theme or rapporteur when that goes (ON DELETE SET NULL);
    // those removals are announced by these signals, after which the copy here may be stale.
    connect(this, &ForumDocument::participantsChanged, this, &ForumDocument::reloadStaleProposals,
            Qt::UniqueConnection);
    connect(this, &ForumDocument::programmeChanged, this, &ForumDocument::reloadStaleProposals,
            Qt::UniqueConnection);
    connect(this, &ForumDocument::placementsChanged, this, &ForumDocument::reloadStaleProposals,
            Qt::UniqueConnection);
    return {};
}

void ForumDocument::reloadStaleProposals()
{
    QSet<QString> workshops, themes;
    for (const Workshop &w : std::as_const(m_workshops))
        workshops.insert(w.key);
    for (const Theme &t : std::as_const(m_themes))
        themes.insert(t.key);
    const bool stale =
        std::any_of(m_proposals.proposals.cbegin(), m_proposals.proposals.cend(), [&](const Proposal &p) {
            return (!p.workshop.isEmpty() && !workshops.contains(p.workshop)) ||
                   (!p.theme.isEmpty() && !themes.contains(p.theme)) ||
                   (p.rapporteurId != 0 && indexOfParticipant(p.rapporteurId) < 0);
        });
    if (!stale)
        return;
    auto loaded = ProposalRepository(m_db->connection()).loadAll();
    if (!loaded) {
        (void)fail(loaded.status());
        return;
    }
    m_proposals = std::move(loaded).value();
    Q_EMIT proposalsChanged();
}

Status ForumDocument::applyProposalEdit(const ProposalEdit &edit)
{
    if (edit.isEmpty())
        return {};
    // Checked against the copy first: an edit planned on an older state is refused before it is written.
    auto next = edit.appliedTo(m_proposals);
    if (!next)
        return fail(next.status());
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving proposals"),
                         [&] { return ProposalRepository(m_db->connection()).apply(edit); });
        !s)
        return s;
    if (edit.added.isEmpty() && edit.addedEdges.isEmpty()) {
        m_proposals = std::move(next).value();
    } else {
        // New proposals get their ids and new history edges their time in the file: read them back.
        auto loaded = ProposalRepository(m_db->connection()).loadAll();
        m_proposals = loaded ? std::move(loaded).value() : std::move(next).value();
    }
    Q_EMIT proposalsChanged();
    return {};
}

} // namespace cordee
