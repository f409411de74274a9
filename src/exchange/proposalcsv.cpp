#include "proposalcsv.h"

#include "sdg.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Import::tr the same way).
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// A cell as a spreadsheet may read it safely: formula starters defused first, then RFC 4180 quoting.
QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted << csvCell(c);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

/// The proposals of `set` in the order the export writes them (see proposalsToCsv()).
QStringList exportOrder(const ProposalSet &set)
{
    QStringList workshops;
    for (const Proposal &p : set.proposals)
        if (!workshops.contains(p.workshop))
            workshops << p.workshop;
    std::sort(workshops.begin(), workshops.end());
    QStringList out;
    std::function<void(const QString &)> withSubPoints = [&](const QString &key) {
        if (out.contains(key))
            return;
        out << key;
        for (const QString &child : set.childrenOf(key))
            withSubPoints(child);
    };
    for (const QString &w : std::as_const(workshops))
        for (const QString &key : set.topLevelOfWorkshop(w))
            withSubPoints(key);
    for (const Proposal &p : set.proposals) // sub-points whose parent is missing or in a cycle
        if (!out.contains(p.key))
            withSubPoints(p.key);
    return out;
}

} // namespace

QStringList proposalCsvColumns()
{
    return {QStringLiteral("key"),         QStringLiteral("workshop"), QStringLiteral("text"),
            QStringLiteral("status"),      QStringLiteral("order"),    QStringLiteral("parent"),
            QStringLiteral("theme"),       QStringLiteral("tags"),     QStringLiteral("support"),
            QStringLiteral("merged_into"), QStringLiteral("sources")};
}

QString tagsToText(const QList<int> &sdgs, const QStringList &actors)
{
    QStringList items;
    for (int goal : normalizedSdgs(sdgs))
        items << QStringLiteral("sdg:") + QString::number(goal);
    for (const QString &actor : normalizedActors(actors))
        items << QStringLiteral("actor:") + actor;
    return items.join(u';');
}

Tags parseTags(const QString &text)
{
    static const QRegularExpression goalWord(QStringLiteral("^(?:sdg|odd|ods)\\s*(\\d+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    Tags tags;
    auto addGoal = [&](const QString &number, const QString &item) {
        bool ok = false;
        const int goal = number.trimmed().toInt(&ok);
        if (ok && sdg::isValid(goal))
            tags.sdgs << goal;
        else
            tags.errors << Import::tr(
                               "\"%1\" names no Sustainable Development Goal: they are numbered 1 to 17.")
                               .arg(item);
    };
    for (const QString &raw : text.split(u';', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(u':');
        const QString kind = colon < 0 ? QString() : item.left(colon).trimmed().toLower();
        const QString value = colon < 0 ? item : item.mid(colon + 1).trimmed();
        if (kind == u"sdg" || kind == u"odd" || kind == u"ods") {
            addGoal(value, item);
        } else if (kind == u"actor" || kind == u"acteur") {
            if (value.isEmpty())
                tags.errors << Import::tr("\"%1\" names no actor.").arg(item);
            else
                tags.actors << value;
        } else if (colon >= 0) {
            tags.errors << Import::tr("\"%1\" is neither \"sdg:N\" nor \"actor:NAME\".").arg(item);
        } else if (const auto match = goalWord.match(item); match.hasMatch()) {
            addGoal(match.captured(1), item);
        } else if (bool number = false; item.toInt(&number), number) {
            addGoal(item, item);
        } else {
            tags.actors << item;
        }
    }
    tags.sdgs = normalizedSdgs(tags.sdgs);
    tags.actors = normalizedActors(tags.actors);
    return tags;
}

QByteArray proposalsToCsv(const ProposalSet &set)
{
    QString text = csvLine(proposalCsvColumns());
    for (const QString &key : exportOrder(set)) {
        const Proposal &p = *set.find(key);
        QStringList sources;
        for (const LineageEdge &e : set.sourcesOf(p.key))
            sources << lineagekind::key(e.kind) + u':' + e.source;
        text +=
            csvLine({p.key, p.workshop, p.text, vocab::key(p.status),
                     p.position >= 0 ? QString::number(p.position + 1) : QString(), p.parent, p.theme,
                     tagsToText(p.sdgs, p.actors), p.support >= 0 ? QString::number(p.support) : QString(),
                     p.mergedInto, sources.join(u';')});
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ProposalImportPlan::hasRefusedProblem() const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const ImportProblem &p) { return p.severity == ImportProblem::Severity::Refused; });
}

} // namespace cordee
