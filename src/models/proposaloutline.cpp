#include "proposaloutline.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cordee::outline {

namespace {

// The translation context of this file's messages (shared with the core's proposal planners).
struct Proposals
{
    Q_DECLARE_TR_FUNCTIONS(Proposals)
};

/// Every list of a set in its order, sorted once: for outlines of many workshops after every word typed,
/// where sorting list by list (ProposalSet::childrenOf()) would cost a pass over the set per list.
struct Lists
{
    QHash<QString, QStringList> children; ///< by parent key
    QHash<QString, QStringList> own;      ///< by workshop: its proposals of their own, not retained
    QHash<QString, QStringList> retained; ///< by workshop: its retained proposals of their own
    QStringList allRetained;              ///< the declaration's order

    explicit Lists(const ProposalSet &set)
    {
        QStringList keys;
        keys.reserve(set.proposals.size());
        for (const Proposal &p : set.proposals)
            keys << p.key;
        sortByPosition(set, keys);
        const QHash<QString, qsizetype> index = set.keyIndex();
        // A sub-list of the sorted keys is sorted the same way as the list alone would be.
        for (const QString &key : std::as_const(keys)) {
            const Proposal &p = set.proposals.at(index.value(key));
            if (p.isSubPoint())
                children[p.parent] << key;
            else if (p.status == ProposalStatus::Retained) {
                retained[p.workshop] << key;
                allRetained << key;
            } else {
                own[p.workshop] << key;
            }
        }
    }

    void append(const ProposalSet &set, const QHash<QString, qsizetype> &index, const QString &key, int depth,
                QList<OutlineItem> &out, bool skipClosed) const
    {
        // A cycle cannot be stored, but a bad file must not hang the page.
        if (depth > set.proposals.size())
            return;
        out << OutlineItem{key, depth};
        for (const QString &child : children.value(key)) {
            const Proposal &p = set.proposals.at(index.value(child));
            if (skipClosed && (p.status == ProposalStatus::Merged || p.status == ProposalStatus::Rejected))
                continue;
            append(set, index, child, depth + 1, out, skipClosed);
        }
    }
};

Error unknown(const QString &key)
{
    return Error{
        Proposals::tr("No proposal has the key \"%1\"; it may have been removed meanwhile.").arg(key), {}};
}

} // namespace

QList<OutlineItem> ofWorkshop(const ProposalSet &set, const QString &workshop)
{
    return ofWorkshops(set, {workshop});
}

QList<OutlineItem> ofWorkshops(const ProposalSet &set, const QStringList &workshops)
{
    const Lists lists(set);
    const QHash<QString, qsizetype> index = set.keyIndex();
    QList<OutlineItem> out;
    for (const QString &workshop : workshops)
        for (const QString &key : lists.own.value(workshop) + lists.retained.value(workshop))
            lists.append(set, index, key, 0, out, false);
    return out;
}

QList<OutlineItem> retained(const ProposalSet &set)
{
    const Lists lists(set);
    const QHash<QString, qsizetype> index = set.keyIndex();
    QList<OutlineItem> out;
    for (const QString &key : std::as_const(lists.allRetained))
        lists.append(set, index, key, 0, out, true);
    return out;
}

QStringList siblingsOf(const ProposalSet &set, const QString &key)
{
    const Proposal *p = set.find(key);
    if (!p)
        return {};
    return p->isSubPoint() ? set.childrenOf(p->parent) : set.topLevelOfWorkshop(p->workshop);
}

Result<ProposalEdit> planIndent(const ProposalSet &set, const QString &key)
{
    const Proposal *p = set.find(key);
    if (!p)
        return unknown(key);
    const QStringList siblings = siblingsOf(set, key);
    const qsizetype at = siblings.indexOf(key);
    if (at <= 0)
        return Error{Proposals::tr("The first proposal of a list cannot become a sub-point: there is no "
                                   "proposal before it."),
                     {}};
    Proposal changed = *p;
    changed.parent = siblings.at(at - 1);
    changed.position = appendPosition(set, changed);
    return cordee::planUpdate(set, changed);
}

Result<ProposalEdit> planMove(const ProposalSet &set, const QString &key, int delta)
{
    const Proposal *p = set.find(key);
    if (!p)
        return unknown(key);
    const QStringList siblings = siblingsOf(set, key);
    const qsizetype from = siblings.indexOf(key);
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, siblings.size() - 1);
    if (to == from)
        return ProposalEdit{};
    const QStringList list = listOf(set, *p);
    const QString &target = siblings.at(to);
    if (!list.contains(target))
        return Error{Proposals::tr("Retained proposals keep the declaration's order, apart from the others: "
                                   "change their order on the Curate tab."),
                     {}};
    return cordee::planMove(set, key, int(list.indexOf(target) - list.indexOf(key)));
}

Result<ProposalEdit> planSetStatuses(const ProposalSet &set, const QStringList &keys, ProposalStatus status)
{
    ProposalSet now = set;
    for (const QString &key : keys) {
        const Proposal *p = now.find(key);
        if (!p)
            return unknown(key);
        if (p->status == status)
            continue;
        auto planned = cordee::planSetStatus(now, key, status);
        if (!planned)
            return planned;
        if (Status s = planned->applyTo(now); !s)
            return s.error();
    }
    return diffProposals(set, now);
}

Result<ProposalEdit> planRemoveAll(const ProposalSet &set, const QStringList &keys)
{
    ProposalSet now = set;
    for (const QString &key : keys) {
        if (!now.contains(key))
            continue; // a sub-point of one removed already
        auto planned = cordee::planRemove(now, key);
        if (!planned)
            return planned;
        if (Status s = planned->applyTo(now); !s)
            return s.error();
    }
    return diffProposals(set, now);
}

Result<ProposalEdit> planGroupRetainedByTheme(const ProposalSet &set, const QStringList &themeOrder)
{
    QStringList order = set.retainedInOrder();
    const auto rank = [&](const QString &key) {
        const qsizetype i = themeOrder.indexOf(set.find(key)->theme);
        return i < 0 ? themeOrder.size() : i;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return cordee::planReorder(set, order);
}

Result<ProposalEdit> planAddAfter(const ProposalSet &set, const Proposal &proposal, const QString &afterKey)
{
    if (!afterKey.isEmpty() && listOf(set, proposal).contains(afterKey))
        return cordee::planAddAfter(set, proposal, afterKey);
    return cordee::planAdd(set, proposal);
}

DraftProposal draftAfter(const ProposalSet &set, const QString &workshop, const QString &afterKey,
                         const QString &workshopTheme, qint64 workshopRapporteur)
{
    DraftProposal draft;
    Proposal &p = draft.proposal;
    p.workshop = workshop;
    p.theme = workshopTheme;
    p.rapporteurId = workshopRapporteur;
    p.status = ProposalStatus::Draft;
    if (const Proposal *before = set.find(afterKey)) {
        draft.afterKey = afterKey;
        p.parent = before->parent;
        p.workshop = before->workshop;
        if (!before->theme.isEmpty())
            p.theme = before->theme;
        if (before->rapporteurId != 0)
            p.rapporteurId = before->rapporteurId;
    }
    // After a retained proposal, a new one goes last among the workshop's own: it shows there at once.
    if (const QStringList list = listOf(set, p); !draft.afterKey.isEmpty() && !list.contains(draft.afterKey))
        draft.afterKey = list.isEmpty() ? QString() : list.constLast();
    return draft;
}

std::pair<int, int> draftPlace(const ProposalSet &set, const QList<OutlineItem> &items,
                               const DraftProposal &draft)
{
    const int depth = draft.proposal.parent.isEmpty() ? 0 : set.depth(draft.proposal.parent) + 1;
    if (draft.afterKey.isEmpty())
        return {0, depth};
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).key != draft.afterKey)
            continue;
        int end = i + 1;
        while (end < items.size() && items.at(end).depth > items.at(i).depth)
            ++end;
        return {end, depth};
    }
    return {-1, -1};
}

bool indentDraft(const ProposalSet &set, DraftProposal &draft)
{
    if (draft.afterKey.isEmpty() || !set.contains(draft.afterKey))
        return false;
    if (draft.proposal.parent != draft.afterKey) {
        draft.proposal.parent = draft.afterKey;
        return true;
    }
    // Under its parent already: under the parent's last sub-point, which it follows.
    const QStringList children = set.childrenOf(draft.afterKey);
    if (children.isEmpty())
        return false;
    draft.afterKey = children.constLast();
    draft.proposal.parent = draft.afterKey;
    return true;
}

bool outdentDraft(const ProposalSet &set, DraftProposal &draft)
{
    const Proposal *parent = set.find(draft.proposal.parent);
    if (!parent)
        return false;
    if (draft.afterKey != parent->key)
        draft.afterKey = parent->key;
    draft.proposal.parent = parent->parent;
    return true;
}

Result<ProposalEdit> planAddDraft(const ProposalSet &set, const DraftProposal &draft, const QString &text)
{
    Proposal p = draft.proposal;
    p.key.clear();
    p.text = text;
    if (!p.parent.isEmpty() && p.parent == draft.afterKey)
        return cordee::planAdd(set, p);
    return outline::planAddAfter(set, p, draft.afterKey);
}

} // namespace cordee::outline
