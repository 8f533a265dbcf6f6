package main

import (
	"fmt"
	"strings"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

// LRU is a fixed-size cache; the list head is the most recently used entry.
type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*node[K, V]
	head, tail *node[K, V]
	evicted    []K
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*node[K, V])}
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	n, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for n := c.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprintf("%v:%v", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU[string, int](3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a =", v)
	}
	c.Put("d", 4)
	fmt.Println(c)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, "evicted:", c.evicted)

	squares := NewLRU[int, []int](2)
	for i := 1; i <= 4; i++ {
		squares.Put(i%3, []int{i, i * i})
	}
	fmt.Println(squares, len(squares.items))
	v, ok := squares.Get(7)
	fmt.Println(v == nil, ok, fmt.Sprintf("%T", v))
}
