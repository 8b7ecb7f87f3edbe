"""The nouns that introduce an identifier (``ник``, ``нікам``, ``фамилия``, ``унп``): never the identifier.

Shared by the name candidates (``candidates.py``) and the surname slots (``surname_slots.py``): the word that
names the kind of identifier (``фамилию не надо``, ``ник такой``) never fills a surname's or a handle's place.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.tokens import Token, fold

# The nouns that introduce an identifier (``ник тадик_лида``, ``пад нікам ales_hil``, ``фамилия такая``), in the
# case forms no given name shares (not ``Ника``, ``Нику`` of the name Ника): the word that names the kind of
# identifier is never the identifier.
_LABEL_NOUNS = frozenset(
    fold(w)
    for w in (
        "ник ником нике нік нікам никнейм никнейма никнеймом нікнэйм нікнэйма нікнэймам логин логином логін "
        "логінам псевдоним псевдонимом псеўданім псеўданімам фамилия фамилию фамилии фамилией фамілія фамілію "
        "фаміліяй прозвище прозвищем прозвішча прозвішчам "
        # the abbreviations that name a tax or identity number (``унп 190845123``, ``pesel ...``)
        "унп инн іпн снилс внж pesel песель nip нип"
    ).split()
)


def label_noun(tok: Token) -> bool:
    """``tok`` is a lower-case noun that introduces a nickname, handle or surname (``ник``, ``нікам``,
    ``фамилия``)."""
    return not tok.cap and tok.norm in _LABEL_NOUNS
