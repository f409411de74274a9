#include "scorecardstrip.h"

#include "statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <numeric>

namespace cordee {

ScorecardStrip::ScorecardStrip(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("scorecardStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Scorecard of the whole forum"));
    // Two rows, so that the strip fits beside the sidebar and the details panel at 1280 pixels.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    auto *rules = new QHBoxLayout;
    auto *diversity = new QHBoxLayout;
    for (QHBoxLayout *row : {rules, diversity}) {
        row->setSpacing(18);
        layout->addLayout(row);
    }
    m_rules = addFigure(rules, QStringLiteral("rulesFigure"));
    m_choices = addFigure(rules, QStringLiteral("choicesFigure"));
    m_objective = addFigure(rules, QStringLiteral("objectiveFigure"));
    m_country = addFigure(diversity, QStringLiteral("countryFigure"));
    m_organisation = addFigure(diversity, QStringLiteral("organisationFigure"));
    m_gender = addFigure(diversity, QStringLiteral("genderFigure"));
    m_repeated = addFigure(diversity, QStringLiteral("repeatedFigure"));
    rules->addStretch(1);
    diversity->addStretch(1);
    QFont bold = m_rules->font();
    bold.setBold(true);
    m_rules->setFont(bold);
}

QLabel *ScorecardStrip::addFigure(QHBoxLayout *row, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label);
    return label;
}

void ScorecardStrip::setScorecard(const formation::Scorecard &card)
{
    const QLocale locale;
    if (card.hardViolations == 0) {
        m_rules->setText(tr("✔ No rule broken"));
        m_rules->setStyleSheet(QString());
        m_rules->setToolTip(
            tr("Everyone who attends a slot is in exactly one workshop of it, every workshop's "
               "size is within its band, everyone speaks their workshop's language, and every "
               "pin holds."));
    } else {
        m_rules->setText(tr("⚠ %n rule(s) broken", nullptr, card.hardViolations));
        m_rules->setStyleSheet(colorStyle(errorColor(palette())));
        QStringList shown = card.violations.mid(0, 15);
        if (card.violations.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(card.violations.size() - shown.size()));
        m_rules->setToolTip(shown.join(u'\n'));
    }
    const int placements = std::accumulate(card.preferenceProfile.cbegin(), card.preferenceProfile.cend(), 0);
    const auto share = [&](int n) {
        return placements > 0 ? locale.toString(100.0 * n / placements, 'f', 0) : QStringLiteral("0");
    };
    const int top3 = card.preferenceProfile[0] + card.preferenceProfile[1] + card.preferenceProfile[2];
    m_choices->setText(tr("1st choice %1% · top 3 %2%").arg(share(card.preferenceProfile[0]), share(top3)));
    m_choices->setToolTip(tr("Placements in the theme people ranked 1st: %1\n2nd: %2\n3rd: %3\n4th: %4\n5th: "
                             "%5\nNot ranked: %6\nA theme already attended: %7")
                              .arg(card.preferenceProfile[0])
                              .arg(card.preferenceProfile[1])
                              .arg(card.preferenceProfile[2])
                              .arg(card.preferenceProfile[3])
                              .arg(card.preferenceProfile[4])
                              .arg(card.preferenceProfile[5])
                              .arg(card.repeatedThemes));
    m_country->setText(tr("Same country %1 (even spread %2)")
                           .arg(locale.toString(card.country.pairs), locale.toString(card.country.bound)));
    m_country->setToolTip(tr("Pairs of members of a workshop from the same country, beside the fewest "
                             "possible if each country were spread evenly over the workshops.\nContinent: %1 "
                             "(%2) · gender: %3 (%4) · category: %5 (%6)")
                              .arg(locale.toString(card.continent.pairs),
                                   locale.toString(card.continent.bound), locale.toString(card.gender.pairs),
                                   locale.toString(card.gender.bound), locale.toString(card.category.pairs),
                                   locale.toString(card.category.bound)));
    m_organisation->setText(tr("Same organisation %1").arg(locale.toString(card.organisation.pairs)));
    m_organisation->setToolTip(tr("Pairs of members of a workshop from the same organisation (names compared "
                                  "without accents or case)."));
    m_gender->setText(tr("Lone gender %1").arg(card.loneGenderWorkshops));
    m_gender->setToolTip(tr("Workshops where one gender appears only once."));
    m_repeated->setText(tr("Met again %1").arg(locale.toString(card.repeatedPairs)));
    m_repeated->setToolTip(tr("Pairs of people who share a workshop in more than one slot (counted once per "
                              "extra meeting)."));
    m_objective->setText(tr("F %1").arg(locale.toString(card.objective, 'f', 1)));
    m_objective->setToolTip(tr("The objective the formation minimises: preference costs, same-value pairs "
                               "and repeated meetings, weighted (Workshops ▸ Objective Weights…)."));
}

} // namespace cordee
