package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type Cache struct {
	max   int
	ll    *list.List
	index map[string]*list.Element
	hits  int
	miss  int
}

func New(max int) *Cache {
	return &Cache{max: max, ll: list.New(), index: make(map[string]*list.Element)}
}

func (c *Cache) Get(k string) (int, bool) {
	if el, ok := c.index[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *Cache) Add(k string, v int) {
	if el, ok := c.index[k]; ok {
		el.Value.(*entry).value = v
		c.ll.MoveToFront(el)
		return
	}
	c.index[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.max {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.index, last.Value.(*entry).key)
	}
}

func (c *Cache) Keys() string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return strings.Join(ks, ",")
}

func main() {
	c := New(3)
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Add(k, i)
		}
		fmt.Printf("%-2s -> [%s]\n", k, c.Keys())
	}
	fmt.Println("hits:", c.hits, "misses:", c.miss)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	other := list.New()
	other.PushBack(5)
	other.PushBack(6)
	l.PushBackList(other)
	l.PushFrontList(other)
	l.MoveAfter(l.Front(), l.Back())
	l.MoveToBack(e1)
	var vals []any
	for e := l.Front(); e != nil; e = e.Next() {
		vals = append(vals, e.Value)
	}
	fmt.Println(vals, l.Len())
	var back []any
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	fmt.Println(back)
	fmt.Println(l.Remove(e4), l.Len(), l.Remove(e4), l.Len())
	var zero list.List
	zero.PushBack("lazy init")
	fmt.Println(zero.Len(), zero.Front().Value, zero.Front().Prev() == nil)
}
