#pragma once

#include "declarationlanguage.h"
#include "forum.h"
#include "forumstats.h"
#include "proposal.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// Everything a final declaration is made of: the forum's settings, its head counts, the committee's free
/// texts, the proposals and the themes (for grouping), and the choices of one export.
struct DeclarationInput
{
    ForumInfo info;
    ForumStats stats; ///< ForumStats::compute() over the participants: cancelled people are not counted
    DeclarationTexts texts;
    ProposalSet proposals;
    QList<Theme> themes;       ///< in the forum's order; only their titles are used
    QString language;          ///< "en", "fr" or "es"; empty: the forum's first language (else English)
    bool groupByTheme = false; ///< proposals under their theme's title, themes in order of first appearance
};

/// One proposal of the declaration with its sub-points.
struct DeclarationPoint
{
    QString key;
    QString text;
    QList<DeclarationPoint> subPoints;
    /// Written out: QList's comparison cannot see a defaulted one through the recursive member.
    friend bool operator==(const DeclarationPoint &a, const DeclarationPoint &b);
};

/// The retained proposals of one theme (or all of them, with an empty heading, when not grouped).
struct DeclarationSection
{
    QString themeKey; ///< empty for the proposals without a theme, or when not grouped
    QString heading;  ///< empty when not grouped
    QList<DeclarationPoint> points;
    bool operator==(const DeclarationSection &) const = default;
};

/// A guest of honour as the declaration names them, the title in the declaration's language.
struct DeclarationGuest
{
    QString name;
    QString title; ///< may be empty
    bool operator==(const DeclarationGuest &) const = default;
};

/// The parts of a declaration, in the order they are written. Computed parts regenerate from the data;
/// free parts are the committee's (DeclarationTexts).
enum class DeclarationPart {
    PlaceAndDate,  ///< computed: the forum's city and last day
    Title,         ///< computed, from the edition and the forum's name (a free text per language)
    Question,      ///< free: the edition's question (ForumInfo::theme by default)
    Introduction,  ///< computed: dates, place, participants, countries, continents
    Patronage,     ///< free
    Guests,        ///< free: the guests of honour, their names and titles
    Participation, ///< computed: who took part, from the categories present
    Decisions,     ///< free introduction, then the retained proposals (computed)
    Closing,       ///< free
    Conclusion,    ///< free, under a heading
    Signature,     ///< computed: the organizer
};

/// The committee's text a part is written from (Title: the forum's name in that language; Decisions: the
/// words before the proposals), or nullptr for a part computed from the data. The guests of honour are
/// DeclarationTexts::guests.
QString DeclarationFreeTexts::*freeTextOf(DeclarationPart part);

/// A final declaration ready to be written in any format: every sentence in its language, paragraphs
/// split, proposals nested. Renderers (src/exchange/declaration*.h) only lay it out.
struct Declaration
{
    QString language;  ///< the language it is written in: "en", "fr" or "es"
    QString forumName; ///< without article, for a running header
    QString author;    ///< the organizer, for the document's metadata
    QString placeAndDate;
    QString title;
    QString question;
    QString introduction;
    QStringList patronage; ///< paragraphs
    QString guestsIntro;
    QList<DeclarationGuest> guests;
    QString participation;
    QString decisionIntro;
    QList<DeclarationSection> sections;
    QStringList closing; ///< paragraphs
    QString conclusionHeading;
    QStringList conclusion; ///< paragraphs
    QString signature;
    DeclarationFigures figures;

    /// False when the part would be empty and is left out of the document.
    bool has(DeclarationPart part) const;
    /// The keys of every proposal and sub-point in the document, in reading order.
    QStringList proposalKeys() const;
    /// How many proposals and sub-points it holds.
    int pointCount() const;
    bool operator==(const Declaration &) const = default;
};

/// One export of the declaration, kept in the file so that the committee sees what was sent.
struct ExportRecord
{
    qint64 id = 0;            ///< 0 until stored
    QDateTime exportedAt;     ///< UTC; the time of writing when left invalid
    QString format;           ///< "pdf", "odt", "html", "md"
    QString language;         ///< "en", "fr", "es"
    QString path;             ///< where it was written
    QStringList proposalKeys; ///< Declaration::proposalKeys(): which proposals it held, in order
    bool operator==(const ExportRecord &) const = default;
};

/// The statuses a sub-point of a retained proposal has when it is written under it: submitted or retained.
/// Drafts were never handed in; rejected and merged ones are the committee's "no".
bool isWrittenSubPoint(ProposalStatus status);

/// The language a declaration of `info` is written in when none is asked for: the forum's first language
/// when Cordée can write it, else English.
QString defaultDeclarationLanguage(const ForumInfo &info);

/// Builds the declaration: pure, fast (hundreds of proposals in a few milliseconds) and deterministic, so
/// a live preview can call it on every keystroke. Only retained proposals that are not sub-points are
/// written, in the committee's order (ProposalSet::retainedInOrder()); under each, its sub-points that
/// isWrittenSubPoint(), in their order, nested to any depth.
Declaration buildDeclaration(const DeclarationInput &input);

/// Splits a free text into paragraphs at line breaks, trimmed, empty ones dropped.
QStringList declarationParagraphs(const QString &text);

} // namespace cordee
