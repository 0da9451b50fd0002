// The <option>s of a select: over named records (agencies, groups, people, provinces: the id is the value, the
// name the text), or over fixed choices (a value and its label). A select's own first option ("Chọn …",
// "Tất cả") stays with the select.

export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

export type SelectOption = { value: string; label: string };

export function ValueOptions({ options }: { options: readonly SelectOption[] }) {
  return <NamedOptions items={options.map((o) => ({ id: o.value, name: o.label }))} />;
}
