#include "workshopcard.h"

#include "icons.h"
#include "languagenames.h"
#include "memberlist.h"
#include "statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cordee {

namespace {

QString genderBadge(const BoardCard &card)
{
    return card.otherGender > 0 ? WorkshopCard::tr("women %1, men %2, other %3")
                                      .arg(card.women)
                                      .arg(card.men)
                                      .arg(card.otherGender)
                                : WorkshopCard::tr("women %1, men %2").arg(card.women).arg(card.men);
}

} // namespace

QString languageDisplayName(const QString &code)
{
    if (code.isEmpty())
        return WorkshopCard::tr("any language");
    return nativeLanguageName(code);
}

WorkshopCard::WorkshopCard(const BoardCard &card, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("workshopCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Workshop %1").arg(card.workshop.key));
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(2);

    auto *head = new QHBoxLayout;
    auto *title = new QLabel(card.themeTitle.isEmpty() ? tr("No theme") : card.themeTitle, this);
    title->setObjectName(QStringLiteral("cardTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    const int size = int(card.members.size());
    const bool badSize = size < card.minSize || size > card.upperBound;
    auto *sizeLabel = new QLabel(tr("%1 / %2–%3").arg(size).arg(card.minSize).arg(card.upperBound), this);
    sizeLabel->setObjectName(QStringLiteral("cardSize"));
    sizeLabel->setToolTip(tr("Members, and the size the workshop must keep: at least %1, at most %2 (the "
                             "forum's maximum or the room's seats)")
                              .arg(card.minSize)
                              .arg(card.upperBound));
    if (badSize)
        sizeLabel->setText(QStringLiteral("⚠ ") + sizeLabel->text());
    sizeLabel->setFont(bold);
    head->addWidget(title, 1);
    head->addWidget(sizeLabel, 0, Qt::AlignTop);
    m_layout->addLayout(head);

    QStringList where{card.workshop.key};
    where << (card.roomName.isEmpty() ? tr("no room")
                                      : tr("%1 (%n seat(s))", nullptr, card.capacity).arg(card.roomName));
    where << languageDisplayName(card.workshop.language);
    addLabel(where.join(QStringLiteral(" · ")), QStringLiteral("cardPlace"));
    QStringList roles;
    if (!card.facilitator.isEmpty())
        roles << tr("Facilitator: %1").arg(card.facilitator);
    if (!card.rapporteur.isEmpty())
        roles << tr("Rapporteur: %1").arg(card.rapporteur);
    if (!roles.isEmpty())
        addLabel(roles.join(QStringLiteral(" · ")), QStringLiteral("cardRoles"));
    addBadges(card);
    for (const QString &problem : card.problems) {
        auto *label = addLabel(QStringLiteral("⚠ ") + problem, QStringLiteral("cardProblem"));
        label->setStyleSheet(colorStyle(errorColor(palette())));
    }

    m_members = new MemberList(card.workshop.key, this);
    m_members->setAccessibleName(tr("Members of %1").arg(card.workshop.key));
    m_members->setMembers(card.members);
    m_layout->addWidget(m_members, 1);
}

WorkshopCard::WorkshopCard(const QList<BoardMember> &unplaced, int attending, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("unplacedTray"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Unplaced participants"));
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(2);
    auto *title = addLabel(tr("Not placed (%1)").arg(unplaced.size()), QStringLiteral("cardTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    addLabel(unplaced.isEmpty()
                 ? tr("All %n attending participant(s) are in a workshop. Drop someone here to "
                      "take them out of this slot.",
                      nullptr, attending)
                 : tr("They attend this slot but are in no workshop, which breaks a rule: drag "
                      "each into a workshop, or form the workshops again."),
             QStringLiteral("cardPlace"))
        ->setWordWrap(true);
    m_members = new MemberList(QString(), this);
    m_members->setAccessibleName(tr("Unplaced participants"));
    m_members->setMembers(unplaced);
    m_layout->addWidget(m_members, 1);
}

QString WorkshopCard::workshopKey() const
{
    return m_members->workshopKey();
}

QLabel *WorkshopCard::addLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    m_layout->addWidget(label);
    return label;
}

void WorkshopCard::addBadges(const BoardCard &card)
{
    QStringList badges;
    badges << tr("%n country(ies)", nullptr, card.countries)
           << tr("%n continent(s)", nullptr, card.continents) << genderBadge(card);
    QLabel *balance = addLabel(badges.join(QStringLiteral(" · ")), QStringLiteral("cardBalance"));
    balance->setToolTip(tr("Same-country pairs: %1\nSame-organisation pairs: %2\nPairs who met in an earlier "
                           "slot: %3")
                            .arg(card.sameCountryPairs)
                            .arg(card.sameOrganisationPairs)
                            .arg(card.repeatedPairs));
    QStringList warnings;
    if (card.loneGender)
        warnings << (card.women == 1 ? tr("only one woman") : tr("only one man"));
    if (card.sameOrganisationPairs > 0)
        warnings << tr("%n same-organisation pair(s)", nullptr, card.sameOrganisationPairs);
    if (card.repeatedPairs > 0)
        warnings << tr("%n pair(s) met before", nullptr, card.repeatedPairs);
    if (!warnings.isEmpty()) {
        QLabel *label = addLabel(QStringLiteral("◆ ") + warnings.join(QStringLiteral(" · ")),
                                 QStringLiteral("cardWarnings"));
        label->setStyleSheet(colorStyle(cautionColor(palette())));
    }
}

} // namespace cordee
