#include "proposalfigures.h"

#include <QCoreApplication>
#include <QHash>

#include <numeric>

namespace cordee {

namespace {

struct ProposalFiguresText
{
    Q_DECLARE_TR_FUNCTIONS(ProposalFiguresText)
};

} // namespace

int ThemeProposals::total() const
{
    return std::accumulate(byStatus.cbegin(), byStatus.cend(), 0);
}

QList<ThemeProposals> proposalsByTheme(const ProposalSet &proposals, const QList<Theme> &themes)
{
    QList<ThemeProposals> items;
    for (const Theme &t : themes)
        items.append({t.key, t.title, {}});
    items.append({QString(), ProposalFiguresText::tr("No theme"), {}});
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).key, i);
    for (const Proposal &p : proposals.proposals) {
        // A theme the forum no longer has counts as none.
        const qsizetype i = index.value(p.theme, items.size() - 1);
        ++items[i].byStatus[std::size_t(p.status)];
    }
    items.removeIf([](const ThemeProposals &t) { return t.total() == 0; });
    return items;
}

QList<WorkshopSubmissions> submissionsBySlot(const ForumSnapshot &forum, const ProposalSet &proposals,
                                             const QString &slotKey)
{
    QHash<QString, QString> themeTitles;
    for (const Theme &t : forum.themes)
        themeTitles.insert(t.key, t.title);
    QHash<qint64, QString> names;
    for (const Participant &p : forum.participants)
        names.insert(p.id, p.displayName());
    QList<WorkshopSubmissions> items;
    QHash<QString, qsizetype> index;
    for (const Workshop &w : forum.workshops) {
        if (w.slot != slotKey)
            continue;
        WorkshopSubmissions s;
        s.key = w.key;
        s.label = themeTitles.value(w.theme, w.title.isEmpty() ? w.key : w.title);
        s.rapporteur = names.value(w.rapporteurId);
        items << s;
    }
    std::sort(items.begin(), items.end(),
              [](const WorkshopSubmissions &a, const WorkshopSubmissions &b) { return a.key < b.key; });
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).key, i);
    for (const Proposal &p : proposals.proposals) {
        const auto it = index.constFind(p.workshop);
        if (it == index.cend())
            continue;
        if (p.status == ProposalStatus::Draft)
            ++items[*it].drafts;
        else
            ++items[*it].sent;
    }
    return items;
}

} // namespace cordee
