#pragma once

#include "declaration.h"
#include "declarationformat.h"

#include <QString>

namespace cordee {

/// The declaration as one standalone HTML5 page (UTF-8, its style inside): readable on screen, printed on
/// `paper` with headings kept with what follows. Proposals are list items carrying their key in
/// `data-key`; the page declares its language, title and author.
QString declarationToHtml(const Declaration &declaration, PaperSize paper = PaperSize::A4);

} // namespace cordee
