#include "proposal.h"

#include "sdg.h"
#include "textfold.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Proposals::tr the same way).
struct Proposals
{
    Q_DECLARE_TR_FUNCTIONS(Proposals)
};

/// "P-9" before "P-10": runs of digits compare by value, the rest by character.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Leading zeros aside, a longer run of digits is a larger number.
            QStringView da = QStringView(a).mid(i, ei - i), db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j || (a.size() - i == b.size() - j && a < b);
}

} // namespace

namespace lineagekind {

QString key(LineageKind kind)
{
    return kind == LineageKind::Merge ? QStringLiteral("merge") : QStringLiteral("split");
}

QString label(LineageKind kind)
{
    return kind == LineageKind::Merge ? Proposals::tr("Merge") : Proposals::tr("Split");
}

std::optional<LineageKind> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"merge")
        return LineageKind::Merge;
    if (k == u"split")
        return LineageKind::Split;
    return std::nullopt;
}

} // namespace lineagekind

qsizetype ProposalSet::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < proposals.size(); ++i)
        if (proposals.at(i).key == key)
            return i;
    return -1;
}

const Proposal *ProposalSet::find(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &proposals.at(i);
}

Proposal *ProposalSet::find(const QString &key)
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &proposals[i];
}

QHash<QString, qsizetype> ProposalSet::keyIndex() const
{
    QHash<QString, qsizetype> index;
    index.reserve(proposals.size());
    for (qsizetype i = 0; i < proposals.size(); ++i)
        index.insert(proposals.at(i).key, i);
    return index;
}

QSet<QString> ProposalSet::keys() const
{
    QSet<QString> out;
    out.reserve(proposals.size());
    for (const Proposal &p : proposals)
        out.insert(p.key);
    return out;
}

QList<LineageEdge> ProposalSet::sourcesOf(const QString &key) const
{
    QList<LineageEdge> out;
    for (const LineageEdge &e : lineage)
        if (e.target == key)
            out << e;
    return out;
}

QList<LineageEdge> ProposalSet::targetsOf(const QString &key) const
{
    QList<LineageEdge> out;
    for (const LineageEdge &e : lineage)
        if (e.source == key)
            out << e;
    return out;
}

QStringList ProposalSet::childrenOf(const QString &key) const
{
    QStringList out;
    for (const Proposal &p : proposals)
        if (p.parent == key)
            out << p.key;
    sortByPosition(*this, out);
    return out;
}

QStringList ProposalSet::topLevelOfWorkshop(const QString &workshop) const
{
    QStringList open, retained;
    for (const Proposal &p : proposals)
        if (p.parent.isEmpty() && p.workshop == workshop)
            (p.status == ProposalStatus::Retained ? retained : open) << p.key;
    sortByPosition(*this, open);
    sortByPosition(*this, retained);
    return open + retained;
}

QStringList ProposalSet::retainedInOrder() const
{
    QStringList out;
    for (const Proposal &p : proposals)
        if (p.parent.isEmpty() && p.status == ProposalStatus::Retained)
            out << p.key;
    sortByPosition(*this, out);
    return out;
}

int ProposalSet::depth(const QString &key) const
{
    const Proposal *p = find(key);
    if (!p)
        return -1;
    int d = 0;
    while (!p->parent.isEmpty() && d < proposals.size()) {
        p = find(p->parent);
        if (!p)
            break;
        ++d;
    }
    return d;
}

void sortByPosition(const ProposalSet &set, QStringList &keys)
{
    const QHash<QString, qsizetype> index = set.keyIndex();
    auto position = [&](const QString &key) {
        const qsizetype i = index.value(key, -1);
        const int pos = i < 0 ? -1 : set.proposals.at(i).position;
        return pos < 0 ? std::numeric_limits<int>::max() : pos;
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int pa = position(a), pb = position(b);
        return pa != pb ? pa < pb : naturalLess(a, b);
    });
}

QStringList nextProposalKeys(const ProposalSet &set, int count, const QSet<QString> &taken)
{
    QSet<QString> used = set.keys();
    used.unite(taken);
    int highest = 0;
    for (const QString &key : std::as_const(used)) {
        if (!key.startsWith(u"P-"))
            continue;
        bool ok = false;
        const int n = QStringView(key).mid(2).toInt(&ok);
        if (ok && n > highest)
            highest = n;
    }
    QStringList out;
    for (int n = highest + 1; out.size() < count; ++n) {
        const QString key = QStringLiteral("P-%1").arg(n, 4, 10, QChar(u'0'));
        if (!used.contains(key))
            out << key;
    }
    return out;
}

QString nextProposalKey(const ProposalSet &set, const QSet<QString> &taken)
{
    return nextProposalKeys(set, 1, taken).constFirst();
}

bool isValidProposalKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::none_of(key.cbegin(), key.cend(),
                        [](QChar c) { return c.isSpace() || c == u';' || c == u','; });
}

QList<int> normalizedSdgs(QList<int> goals)
{
    goals.removeIf([](int g) { return !sdg::isValid(g); });
    std::sort(goals.begin(), goals.end());
    goals.erase(std::unique(goals.begin(), goals.end()), goals.end());
    return goals;
}

QStringList normalizedActors(const QStringList &actors)
{
    // (folded, as written): the first spelling of an actor is kept, and the list sorts accent-blind.
    QList<std::pair<QString, QString>> kept;
    QSet<QString> seen;
    for (const QString &actor : actors) {
        const QString trimmed = actor.simplified();
        if (trimmed.isEmpty())
            continue;
        const QString folded = foldForSearch(trimmed);
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        kept.emplace_back(folded, trimmed);
    }
    std::sort(kept.begin(), kept.end());
    QStringList out;
    for (const auto &entry : std::as_const(kept))
        out << entry.second;
    return out;
}

namespace {

void checkOne(const Proposal &p, const QHash<QString, qsizetype> &index, const QSet<QString> *workshopKeys,
              const QSet<QString> *themeKeys, QList<ProposalProblem> &problems)
{
    auto add = [&](const QString &message) { problems << ProposalProblem{p.key, message}; };
    if (p.key.isEmpty())
        add(Proposals::tr("A proposal has no key."));
    else if (!isValidProposalKey(p.key))
        add(Proposals::tr("The key \"%1\" has spaces, commas or semicolons; use letters, digits and dashes.")
                .arg(p.key));
    if (p.text.trimmed().isEmpty())
        add(Proposals::tr("The proposal %1 has no text.").arg(p.key));
    if (workshopKeys && !p.workshop.isEmpty() && !workshopKeys->contains(p.workshop))
        add(Proposals::tr("No workshop is called \"%1\" (proposal %2).").arg(p.workshop, p.key));
    if (themeKeys && !p.theme.isEmpty() && !themeKeys->contains(p.theme))
        add(Proposals::tr("No theme is called \"%1\" (proposal %2).").arg(p.theme, p.key));
    if (p.parent == p.key && !p.key.isEmpty())
        add(Proposals::tr("The proposal %1 is given as a sub-point of itself.").arg(p.key));
    else if (!p.parent.isEmpty() && !index.contains(p.parent))
        add(Proposals::tr("The proposal %1 is a sub-point of %2, which does not exist.")
                .arg(p.key, p.parent));
    if (!p.mergedInto.isEmpty()) {
        if (p.mergedInto == p.key)
            add(Proposals::tr("The proposal %1 is given as merged into itself.").arg(p.key));
        else if (!index.contains(p.mergedInto))
            add(Proposals::tr("The proposal %1 is merged into %2, which does not exist.")
                    .arg(p.key, p.mergedInto));
        if (p.status != ProposalStatus::Merged)
            add(Proposals::tr("The proposal %1 is merged into %2 but its status is \"%3\", not \"%4\".")
                    .arg(p.key, p.mergedInto, vocab::label(p.status), vocab::label(ProposalStatus::Merged)));
    }
    for (int g : p.sdgs)
        if (!sdg::isValid(g))
            add(Proposals::tr("The proposal %1 names SDG %2; the goals are numbered 1 to 17.")
                    .arg(p.key)
                    .arg(g));
    if (p.support < -1)
        add(Proposals::tr("The proposal %1 has a negative support (%2).").arg(p.key).arg(p.support));
}

/// Reports each cycle of parents once, naming its proposals in order.
void checkCycles(const ProposalSet &set, const QHash<QString, qsizetype> &index,
                 QList<ProposalProblem> &problems)
{
    QSet<QString> done;
    for (const Proposal &start : set.proposals) {
        QStringList path;
        QSet<QString> onPath;
        QString key = start.key;
        while (!key.isEmpty() && !done.contains(key) && index.contains(key)) {
            if (onPath.contains(key)) {
                const QStringList cycle = path.mid(path.indexOf(key));
                if (cycle.size() > 1)
                    problems << ProposalProblem{
                        key, Proposals::tr("The proposals %1 are sub-points of each other.")
                                 .arg(cycle.join(QStringLiteral(" → ")) + QStringLiteral(" → ") + key)};
                break;
            }
            onPath.insert(key);
            path << key;
            key = set.proposals.at(index.value(key)).parent;
        }
        done.unite(onPath);
    }
}

} // namespace

QList<ProposalProblem> validateProposals(const ProposalSet &set, const QSet<QString> *workshopKeys,
                                         const QSet<QString> *themeKeys)
{
    QList<ProposalProblem> problems;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < set.proposals.size(); ++i) {
        const QString &key = set.proposals.at(i).key;
        if (!key.isEmpty() && index.contains(key))
            problems << ProposalProblem{key, Proposals::tr("Two proposals have the key \"%1\".").arg(key)};
        else
            index.insert(key, i);
    }
    for (const Proposal &p : set.proposals)
        checkOne(p, index, workshopKeys, themeKeys, problems);
    checkCycles(set, index, problems);
    for (const LineageEdge &e : set.lineage) {
        if (e.source == e.target)
            problems << ProposalProblem{
                e.source, Proposals::tr("The history links the proposal %1 to itself.").arg(e.source)};
        for (const QString &key : {e.source, e.target})
            if (!index.contains(key))
                problems << ProposalProblem{
                    key, Proposals::tr("The history names the proposal %1, which does not exist.").arg(key)};
    }
    return problems;
}

} // namespace cordee
