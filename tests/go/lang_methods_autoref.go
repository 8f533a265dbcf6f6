package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }
func (c Counter) Bad()     { c.n = 1000 }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k int)    { *m += MyInt(k) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Bad()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	f := c.Get
	c.Inc()
	fmt.Println(f(), c.Get())
	g := p.Inc
	g()
	g()
	fmt.Println(c.n)
	h := (*Counter).Inc
	h(&c)
	k := Counter.Get
	fmt.Println(k(c))
	var m MyInt = 5
	m.Add(2)
	fmt.Println(m.Double(), m)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	mp := map[string]*Counter{"a": {}}
	mp["a"].Inc()
	fmt.Println(mp["a"].n)
}
