#pragma once

#include "forum.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cordee {

/// Adds or edits a theme: its title, description and key (made from the title, fixed once created).
class ThemeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `takenKeys`: the keys of the other themes.
    explicit ThemeDialog(QSet<QString> takenKeys, QWidget *parent = nullptr);

    void setTheme(const Theme &theme);
    Theme theme() const;
    void accept() override;

private:
    QSet<QString> m_taken;
    Theme m_original;
    bool m_keyTyped = false;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cordee
