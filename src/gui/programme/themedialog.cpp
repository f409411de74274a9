#include "themedialog.h"

#include "dialogsupport.h"
#include "programmekeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cordee {

ThemeDialog::ThemeDialog(QSet<QString> takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_taken(std::move(takenKeys))
{
    setObjectName(QStringLiteral("themeDialog"));
    setWindowTitle(tr("Add Theme"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Financing the social economy"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the workshops of this theme work on (shown to participants)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 5);
    m_key = dialogs::makeKeyEdit(this);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyTyped = true; });
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
        if (m_original.id == 0 && !m_keyTyped)
            m_key->setText(keyFromTitle(title, m_taken, QStringLiteral("THEME")));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Key:"), m_key);
    m_problem = dialogs::makeProblemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ThemeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ThemeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ThemeDialog::setTheme(const Theme &theme)
{
    m_original = theme;
    setWindowTitle(theme.id ? tr("Edit Theme") : tr("Add Theme"));
    m_title->setText(theme.title);
    m_description->setPlainText(theme.description);
    if (theme.id) {
        m_key->setText(theme.key);
        dialogs::lockKey(m_key);
    }
}

Theme ThemeDialog::theme() const
{
    Theme t = m_original;
    t.title = m_title->text().simplified();
    t.description = m_description->toPlainText().trimmed();
    if (t.id == 0)
        t.key = m_key->text().trimmed();
    return t;
}

void ThemeDialog::accept()
{
    const Theme t = theme();
    QList<FieldProblem> problems = validateTheme(t);
    if (t.id == 0)
        problems += dialogs::keyProblems(t.key, m_taken);
    if (!dialogs::showProblems(m_problem, problems)) {
        (problems.constFirst().field == u"key" ? m_key : m_title)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cordee
