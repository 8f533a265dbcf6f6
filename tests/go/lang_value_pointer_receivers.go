package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c Counter) Get() int     { return c.n }

type Team struct {
	members []Counter
	lead    *Counter
	byName  map[string]*Counter
}

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	c.IncPointer()
	(&c).IncValue()
	fmt.Println("after value+pointer:", c.Get())

	cs := []Counter{{"a", 0}, {"b", 0}}
	for _, x := range cs {
		x.IncPointer() // increments a copy
	}
	fmt.Println("range copies:", cs[0].n, cs[1].n)
	for i := range cs {
		cs[i].IncPointer()
	}
	fmt.Println("index:", cs[0].n, cs[1].n)

	ptrs := []*Counter{{"p", 0}, {"q", 0}}
	for _, p := range ptrs {
		p.IncPointer()
		p.IncValue()
	}
	fmt.Println("pointers:", ptrs[0].n, ptrs[1].n)

	t := Team{members: cs, byName: map[string]*Counter{}}
	t.lead = &t.members[0]
	for i := range t.members {
		t.byName[t.members[i].name] = &t.members[i]
	}
	t.byName["b"].IncPointer()
	t.lead.IncPointer()
	fmt.Println("team:", t.members[0].n, t.members[1].n, "cs shares array:", cs[0].n, cs[1].n)

	t.members = append(t.members, Counter{"c", 0})
	t.lead.IncPointer()
	fmt.Println("after append realloc:", t.members[0].n, t.lead.n)

	arr := [2]Counter{{"x", 1}, {"y", 2}}
	arr2 := arr
	arr2[0].IncPointer()
	fmt.Println("arrays copy:", arr[0].n, arr2[0].n)

	m := map[string]Counter{"k": {"k", 5}}
	v := m["k"]
	v.IncPointer()
	fmt.Println("map values copy:", m["k"].n, v.n)
	m["k"] = v
	fmt.Println("stored back:", m["k"].n)

	type wrapper struct{ Counter }
	w := wrapper{Counter{"w", 9}}
	w.IncPointer()
	fmt.Println("promoted:", w.Get(), w.n)
	fmt.Printf("%v %+v\n", w, &cs[0])
}
