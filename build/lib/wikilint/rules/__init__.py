"""The built-in rules, one module per rule. They register through the `wikilint.rules` entry-point
group like any plugin; nothing here lists them."""
