#include "participantdialog.h"

#include "countrycombo.h"
#include "countrytable.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cordee {

namespace {

template <typename E>
void fillCombo(QComboBox *combo, const QList<E> &values, const QString &noneLabel = {})
{
    if (!noneLabel.isNull())
        combo->addItem(noneLabel, QString());
    for (E v : values)
        combo->addItem(vocab::label(v), vocab::key(v));
}

void selectKey(QComboBox *combo, const QString &key)
{
    const int i = combo->findData(key);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

ParticipantDialog::ParticipantDialog(const QList<Theme> &themes, const QList<TimeSlot> &slotList,
                                     QWidget *parent)
    : QDialog(parent)
    , m_themes(themes)
{
    for (const TimeSlot &s : slotList)
        if (s.kind == SlotKind::Workshops)
            m_workshopSlots << s;
    setWindowTitle(tr("Participant"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildIdentity(), 1);
    columns->addWidget(buildForumPart(), 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"
                       "border-radius: 3px;"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setParticipant(Participant{});
}

ParticipantDialog::~ParticipantDialog() = default;

QWidget *ParticipantDialog::buildIdentity()
{
    auto *box = new QGroupBox(tr("Person"), this);
    auto *form = new QFormLayout(box);
    m_firstName = new QLineEdit(box);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName = new QLineEdit(box);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_organisation = new QLineEdit(box);
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));

    m_country = new QComboBox(box);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    fillCountryCombo(m_country);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_gender = new QComboBox(box);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    fillCombo(m_gender, vocab::genders());
    m_ageBand = new QComboBox(box);
    fillCombo(m_ageBand, vocab::ageBands(), vocab::label(AgeBand::Unknown));
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    fillCombo(m_category, vocab::categories(), vocab::label(Category::Unspecified));
    m_languages = new QLineEdit(box);
    m_languages->setObjectName(QStringLiteral("languagesEdit"));
    m_languages->setPlaceholderText(tr("fr, en, es"));
    m_languages->setToolTip(tr("Two-letter ISO 639-1 codes, the most fluent first"));

    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&Age:"), m_ageBand);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Lan&guages:"), m_languages);
    return box;
}

QWidget *ParticipantDialog::buildForumPart()
{
    auto *box = new QGroupBox(tr("At the forum"), this);
    auto *form = new QFormLayout(box);
    for (int rank = 1; rank <= qMin<int>(Participant::MaxPreferences, int(m_themes.size())); ++rank) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("preferenceCombo%1").arg(rank));
        combo->addItem(tr("—"), QString());
        for (const Theme &t : std::as_const(m_themes))
            combo->addItem(t.title, t.key);
        m_preferences << combo;
        form->addRow(tr("Choice %1:").arg(rank), combo);
    }
    auto *roles = new QWidget(box);
    auto *grid = new QGridLayout(roles);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> allRoles = vocab::roles();
    for (qsizetype i = 0; i < allRoles.size(); ++i) {
        auto *check = new QCheckBox(vocab::label(allRoles.at(i)), roles);
        check->setObjectName(QStringLiteral("roleCheck_") + vocab::key(allRoles.at(i)));
        m_roles << check;
        grid->addWidget(check, int(i / 2), int(i % 2));
    }
    form->addRow(tr("Roles:"), roles);
    if (!m_workshopSlots.isEmpty()) {
        m_availability = new QListWidget(box);
        m_availability->setMaximumHeight(80);
        const QLocale locale;
        for (const TimeSlot &s : std::as_const(m_workshopSlots)) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 %2–%3")
                                                 .arg(locale.toString(s.date, QLocale::ShortFormat),
                                                      s.start.toString(QStringLiteral("HH:mm")),
                                                      s.end.toString(QStringLiteral("HH:mm"))),
                                             m_availability);
            item->setData(Qt::UserRole, s.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        form->addRow(tr("Attends workshops:"), m_availability);
    }
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    fillCombo(m_status, vocab::participantStatuses());
    form->addRow(tr("&Status:"), m_status);
    m_notes = new QPlainTextEdit(box);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Notes:"), m_notes);
    return box;
}

void ParticipantDialog::setParticipant(const Participant &p)
{
    m_original = p;
    setWindowTitle(p.id ? tr("Edit %1").arg(p.displayName()) : tr("Add a participant"));
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_email->setText(p.email);
    m_organisation->setText(p.organisation);
    selectKey(m_country, p.country);
    selectKey(m_gender, vocab::key(p.gender));
    selectKey(m_ageBand, vocab::key(p.ageBand));
    selectKey(m_category, vocab::key(p.category));
    m_languages->setText(p.languages.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < m_preferences.size(); ++i)
        selectKey(m_preferences.at(i), i < p.preferences.size() ? p.preferences.at(i) : QString());
    const QList<Role> allRoles = vocab::roles();
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roles.at(i)->setChecked(p.roles.has(allRoles.at(i)));
    if (m_availability)
        for (int i = 0; i < m_availability->count(); ++i) {
            QListWidgetItem *item = m_availability->item(i);
            item->setCheckState(p.unavailableSlots.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Unchecked
                                    : Qt::Checked);
        }
    selectKey(m_status, vocab::key(p.status));
    m_notes->setPlainText(p.notes);
    m_problem->hide();
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.firstName = m_firstName->text().simplified();
    p.lastName = m_lastName->text().simplified();
    p.email = m_email->text().trimmed();
    p.organisation = m_organisation->text().simplified();
    // The typed text may be a name in any language or a code; otherwise the chosen entry.
    const QString typed = m_country->currentText().trimmed();
    p.country = typed.isEmpty() ? QString() : CountryTable::instance().codeFor(typed);
    if (p.country.isEmpty() && !typed.isEmpty())
        p.country = typed; // kept as typed, so validation can name it
    p.gender = vocab::genderFromKey(m_gender->currentData().toString()).value_or(Gender::NotStated);
    p.ageBand = vocab::ageBandFromKey(m_ageBand->currentData().toString()).value_or(AgeBand::Unknown);
    p.category = vocab::categoryFromKey(m_category->currentData().toString()).value_or(Category::Unspecified);
    p.languages.clear();
    for (const QString &code :
         m_languages->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        p.languages << code.toLower();
    p.preferences.clear();
    for (QComboBox *combo : m_preferences)
        if (const QString key = combo->currentData().toString(); !key.isEmpty())
            p.preferences << key;
    p.roles = {};
    const QList<Role> allRoles = vocab::roles();
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        p.roles.set(allRoles.at(i), m_roles.at(i)->isChecked());
    if (m_availability) {
        p.unavailableSlots.clear();
        for (int i = 0; i < m_availability->count(); ++i)
            if (m_availability->item(i)->checkState() == Qt::Unchecked)
                p.unavailableSlots << m_availability->item(i)->data(Qt::UserRole).toString();
    }
    p.status = vocab::participantStatusFromKey(m_status->currentData().toString())
                   .value_or(ParticipantStatus::Registered);
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

void ParticipantDialog::showProblem(const QString &field, const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    const QHash<QString, QWidget *> widgets{{QStringLiteral("lastName"), m_lastName},
                                            {QStringLiteral("email"), m_email},
                                            {QStringLiteral("country"), m_country},
                                            {QStringLiteral("languages"), m_languages},
                                            {QStringLiteral("preferences"), m_preferences.value(0)},
                                            {QStringLiteral("roles"), m_roles.value(0)}};
    if (QWidget *w = widgets.value(field))
        w->setFocus();
}

void ParticipantDialog::accept()
{
    QStringList themeKeys;
    for (const Theme &t : std::as_const(m_themes))
        themeKeys << t.key;
    const QList<FieldProblem> problems = validateParticipant(participant(), themeKeys);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << p.message;
        lines.first()[0] = lines.first().at(0).toUpper();
        showProblem(problems.constFirst().field, lines.join(QStringLiteral("; ")) + u'.');
        return;
    }
    QDialog::accept();
}

} // namespace cordee
