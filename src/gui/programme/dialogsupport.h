#pragma once
// Small pieces shared by the Programme page's dialogs: the inline problem line and the key field.

#include "programmevalidation.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace cordee::dialogs {

/// The line under a form that says what must be fixed before OK is accepted (hidden until then).
inline QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 4px; border-radius: 3px;"));
    label->hide();
    return label;
}

/// Shows `problems` in `label`; true when there are none.
inline bool showProblems(QLabel *label, const QList<FieldProblem> &problems)
{
    label->setVisible(!problems.isEmpty());
    label->setText(problemsText(problems));
    return problems.isEmpty();
}

/// The key field: made from the title while the item is new (the organizer may still type their own),
/// read-only once the item exists, since keys never change.
inline QLineEdit *makeKeyEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("keyEdit"));
    edit->setAccessibleName(QCoreApplication::translate("cordee::ProgrammeDialogs", "Key"));
    edit->setMaxLength(64);
    return edit;
}

inline void lockKey(QLineEdit *edit)
{
    edit->setReadOnly(true);
    edit->setToolTip(QCoreApplication::translate("cordee::ProgrammeDialogs",
                                                 "Keys name items in files and exports: they never change "
                                                 "once created."));
}

/// Problems of a new item's key: valid, and not one of `taken`.
inline QList<FieldProblem> keyProblems(const QString &key, const QSet<QString> &taken)
{
    if (!isValidKey(key))
        return {FieldProblem{QStringLiteral("key"),
                             QCoreApplication::translate("cordee::ProgrammeDialogs",
                                                         "a key is 1 to 64 letters, digits, '-' or '_'")}};
    if (taken.contains(key))
        return {
            FieldProblem{QStringLiteral("key"), QCoreApplication::translate("cordee::ProgrammeDialogs",
                                                                            "the key \"%1\" is already used")
                                                    .arg(key)}};
    return {};
}

} // namespace cordee::dialogs
