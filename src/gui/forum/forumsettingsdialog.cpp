#include "forumsettingsdialog.h"

#include "countrycombo.h"
#include "validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cordee {

ForumSettingsDialog::ForumSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Forum Settings"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. International Forum of Social Economy Entrepreneurs"));
    m_edition = new QSpinBox(this);
    m_edition->setRange(0, 999);
    m_edition->setSpecialValueText(tr("None"));
    m_theme = new QLineEdit(this);
    m_theme->setPlaceholderText(tr("The question this edition works on"));
    m_city = new QLineEdit(this);
    m_country = new QComboBox(this);
    fillCountryCombo(m_country);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    }
    m_organizer = new QLineEdit(this);
    m_languages = new QLineEdit(this);
    m_languages->setToolTip(tr("ISO 639-1 codes, the forum's main language first (e.g. fr, en, es)"));
    m_min = new QSpinBox(this);
    m_min->setObjectName(QStringLiteral("workshopMinSpin"));
    m_max = new QSpinBox(this);
    m_max->setObjectName(QStringLiteral("workshopMaxSpin"));
    for (QSpinBox *s : {m_min, m_max})
        s->setRange(1, 200);
    auto *sizes = new QHBoxLayout;
    sizes->addWidget(m_min);
    sizes->addWidget(new QLabel(tr("to"), this));
    sizes->addWidget(m_max);
    sizes->addWidget(new QLabel(tr("people"), this));
    sizes->addStretch();
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Edition:"), m_edition);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Dates:"), dates);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("O&rganizer:"), m_organizer);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("&Workshop size:"), sizes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 3px;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ForumSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ForumSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    setInfo(ForumInfo{});
}

void ForumSettingsDialog::setInfo(const ForumInfo &info)
{
    m_original = info;
    m_title->setText(info.title);
    m_edition->setValue(info.edition);
    m_theme->setText(info.theme);
    m_city->setText(info.city);
    m_country->setCurrentIndex(qMax(0, m_country->findData(info.country)));
    const QDate today = QDate::currentDate();
    m_start->setDate(info.startDate.isValid() ? info.startDate : today);
    m_end->setDate(info.endDate.isValid() ? info.endDate : m_start->date().addDays(2));
    m_organizer->setText(info.organizer);
    m_languages->setText(info.languages.join(QStringLiteral(", ")));
    m_min->setValue(info.workshopMin);
    m_max->setValue(info.workshopMax);
    m_problem->hide();
}

ForumInfo ForumSettingsDialog::info() const
{
    ForumInfo info = m_original;
    info.title = m_title->text().simplified();
    info.edition = m_edition->value();
    info.theme = m_theme->text().simplified();
    info.city = m_city->text().simplified();
    info.country = m_country->currentData().toString();
    info.startDate = m_start->date();
    info.endDate = m_end->date();
    info.organizer = m_organizer->text().simplified();
    info.languages.clear();
    for (const QString &code :
         m_languages->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        info.languages << code.toLower();
    info.workshopMin = m_min->value();
    info.workshopMax = m_max->value();
    return info;
}

void ForumSettingsDialog::accept()
{
    const QList<FieldProblem> problems = validateForumInfo(info());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << p.message;
        lines.first()[0] = lines.first().at(0).toUpper();
        m_problem->setText(lines.join(QStringLiteral("; ")) + u'.');
        m_problem->show();
        const QString field = problems.constFirst().field;
        if (field == u"title")
            m_title->setFocus();
        else if (field == u"end")
            m_end->setFocus();
        else if (field == u"languages")
            m_languages->setFocus();
        else if (field.startsWith(u"workshop_size"))
            m_max->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cordee
