#include "declaration.h"

#include "countrytable.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cordee {

namespace {

/// Every proposal's sub-points in their order, by parent key: one pass instead of a search per proposal.
QHash<QString, QStringList> childrenByParent(const ProposalSet &set)
{
    QHash<QString, QStringList> children;
    for (const Proposal &p : set.proposals)
        if (!p.parent.isEmpty())
            children[p.parent] << p.key;
    for (QStringList &keys : children)
        sortByPosition(set, keys);
    return children;
}

/// The sub-points of `key` that are written, nested; `seen` guards against a cycle in damaged data.
QList<DeclarationPoint> subPointsOf(const ProposalSet &set, const QHash<QString, qsizetype> &index,
                                    const QHash<QString, QStringList> &children, const QString &key,
                                    QSet<QString> &seen)
{
    QList<DeclarationPoint> out;
    for (const QString &childKey : children.value(key)) {
        const qsizetype i = index.value(childKey, -1);
        if (i < 0 || seen.contains(childKey))
            continue;
        const Proposal &child = set.proposals.at(i);
        if (!isWrittenSubPoint(child.status))
            continue;
        seen.insert(childKey);
        out << DeclarationPoint{childKey, child.text.trimmed(),
                                subPointsOf(set, index, children, childKey, seen)};
    }
    return out;
}

QList<DeclarationSection> sectionsOf(const DeclarationInput &input, const DeclarationLanguage &language)
{
    const ProposalSet &set = input.proposals;
    const QHash<QString, qsizetype> index = set.keyIndex();
    const QHash<QString, QStringList> children = childrenByParent(set);
    QList<DeclarationSection> sections;
    QHash<QString, qsizetype> sectionOfTheme;
    QSet<QString> seen;
    for (const QString &key : set.retainedInOrder()) {
        const Proposal &p = set.proposals.at(index.value(key));
        seen.insert(key);
        DeclarationPoint point{key, p.text.trimmed(), subPointsOf(set, index, children, key, seen)};
        const QString theme = input.groupByTheme ? p.theme : QString();
        auto it = sectionOfTheme.constFind(theme);
        if (it == sectionOfTheme.cend()) {
            it = sectionOfTheme.insert(theme, sections.size());
            sections << DeclarationSection{theme, {}, {}};
        }
        sections[*it].points << point;
    }
    if (!input.groupByTheme)
        return sections;

    // Proposals without a known theme go last, under their own heading; themes keep the order in which the
    // committee's list first reaches them.
    QHash<QString, QString> titles;
    for (const Theme &t : input.themes)
        titles.insert(t.key, t.title);
    QList<DeclarationSection> themed, others;
    for (DeclarationSection &s : sections) {
        if (titles.contains(s.themeKey)) {
            s.heading = titles.value(s.themeKey);
            themed << s;
        } else {
            s.themeKey.clear();
            if (others.isEmpty())
                others << s;
            else
                others.first().points << s.points;
        }
    }
    if (!others.isEmpty() && !themed.isEmpty())
        others.first().heading = language.otherProposals();
    return themed + others;
}

int countPoints(const QList<DeclarationPoint> &points)
{
    int n = 0;
    for (const DeclarationPoint &p : points)
        n += 1 + countPoints(p.subPoints);
    return n;
}

void collectKeys(const QList<DeclarationPoint> &points, QStringList &keys)
{
    for (const DeclarationPoint &p : points) {
        keys << p.key;
        collectKeys(p.subPoints, keys);
    }
}

} // namespace

bool operator==(const DeclarationPoint &a, const DeclarationPoint &b)
{
    if (a.key != b.key || a.text != b.text || a.subPoints.size() != b.subPoints.size())
        return false;
    for (qsizetype i = 0; i < a.subPoints.size(); ++i)
        if (!(a.subPoints.at(i) == b.subPoints.at(i)))
            return false;
    return true;
}

QString DeclarationFreeTexts::*freeTextOf(DeclarationPart part)
{
    switch (part) {
    case DeclarationPart::Title:
        return &DeclarationFreeTexts::forumName;
    case DeclarationPart::Question:
        return &DeclarationFreeTexts::question;
    case DeclarationPart::Patronage:
        return &DeclarationFreeTexts::patronage;
    case DeclarationPart::Decisions:
        return &DeclarationFreeTexts::decisionIntro;
    case DeclarationPart::Closing:
        return &DeclarationFreeTexts::closing;
    case DeclarationPart::Conclusion:
        return &DeclarationFreeTexts::conclusion;
    default:
        return nullptr;
    }
}

bool isWrittenSubPoint(ProposalStatus status)
{
    return status == ProposalStatus::Submitted || status == ProposalStatus::Retained;
}

QString defaultDeclarationLanguage(const ForumInfo &info)
{
    const QString first = info.languages.value(0);
    return DeclarationLanguage::isSupported(first) ? first : QStringLiteral("en");
}

QStringList declarationParagraphs(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]+"));
    QStringList out;
    for (const QString &line : text.split(breaks, Qt::SkipEmptyParts)) {
        const QString kept = line.simplified();
        if (!kept.isEmpty())
            out << kept;
    }
    return out;
}

bool Declaration::has(DeclarationPart part) const
{
    switch (part) {
    case DeclarationPart::PlaceAndDate:
        return !placeAndDate.isEmpty();
    case DeclarationPart::Title:
        return !title.isEmpty();
    case DeclarationPart::Question:
        return !question.isEmpty();
    case DeclarationPart::Introduction:
        return !introduction.isEmpty();
    case DeclarationPart::Patronage:
        return !patronage.isEmpty();
    case DeclarationPart::Guests:
        return !guests.isEmpty();
    case DeclarationPart::Participation:
        return !participation.isEmpty();
    case DeclarationPart::Decisions:
        return !sections.isEmpty();
    case DeclarationPart::Closing:
        return !closing.isEmpty();
    case DeclarationPart::Conclusion:
        return !conclusion.isEmpty();
    case DeclarationPart::Signature:
        return !signature.isEmpty();
    }
    return false;
}

QStringList Declaration::proposalKeys() const
{
    QStringList keys;
    for (const DeclarationSection &s : sections)
        collectKeys(s.points, keys);
    return keys;
}

int Declaration::pointCount() const
{
    int n = 0;
    for (const DeclarationSection &s : sections)
        n += countPoints(s.points);
    return n;
}

Declaration buildDeclaration(const DeclarationInput &input)
{
    const QString code = DeclarationLanguage::isSupported(input.language)
                             ? input.language
                             : defaultDeclarationLanguage(input.info);
    const DeclarationLanguage &language = DeclarationLanguage::forCode(code);
    const DeclarationFreeTexts texts = input.texts.inLanguage(code);
    const ForumInfo &info = input.info;
    const QString forumName =
        texts.forumName.trimmed().isEmpty() ? info.title.trimmed() : texts.forumName.trimmed();
    const Country *country = CountryTable::instance().find(info.country);
    const QString countryName = country ? country->name(code) : QString();
    const QString city = info.city.trimmed();

    Declaration d;
    d.language = code;
    d.forumName = language.bareName(forumName);
    d.author = info.organizer.trimmed();
    d.figures =
        DeclarationFigures{input.stats.participants, input.stats.countries(), input.stats.continents()};
    d.placeAndDate = language.placeAndDate(city, info.endDate.isValid() ? info.endDate : info.startDate);
    d.title = language.title(info.edition, forumName);
    d.question = declarationParagraphs(texts.question.isEmpty() ? info.theme : texts.question).join(u' ');
    d.introduction = language.introduction(info.startDate, info.endDate, city, countryName, info.edition,
                                           forumName, d.figures);
    d.patronage = declarationParagraphs(texts.patronage);
    for (const Guest &g : input.texts.guests) {
        const QString name = g.name.simplified();
        if (!name.isEmpty())
            d.guests << DeclarationGuest{name, g.titleIn(code).simplified()};
    }
    if (!d.guests.isEmpty())
        d.guestsIntro = language.guestsIntro();
    if (input.stats.participants > 0) {
        QList<Category> present;
        for (auto it = input.stats.byCategory.cbegin(); it != input.stats.byCategory.cend(); ++it)
            if (it.value() > 0)
                present << it.key();
        const bool womenAndMen =
            input.stats.byGender.value(Gender::Female) > 0 && input.stats.byGender.value(Gender::Male) > 0;
        d.participation = language.participation(present, womenAndMen);
    }
    d.sections = sectionsOf(input, language);
    if (!d.sections.isEmpty()) {
        const QString own = declarationParagraphs(texts.decisionIntro).join(u' ');
        d.decisionIntro = own.isEmpty() ? language.decisionIntro() : own;
    }
    d.closing = declarationParagraphs(texts.closing);
    d.conclusion = declarationParagraphs(texts.conclusion);
    if (!d.conclusion.isEmpty())
        d.conclusionHeading = language.conclusionHeading();
    d.signature = d.author;
    return d;
}

} // namespace cordee
