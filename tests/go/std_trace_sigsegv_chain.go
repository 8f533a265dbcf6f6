// A nil dereference recovered in a deferred call that then panics again: Go prints the
// recovered panic marked [recovered], the new one indented under it, and the memory
// fault's [signal SIGSEGV ...] line once, after the whole chain.
package main

import (
	"errors"
	"fmt"
)

type node struct {
	next *node
	val  int
}

func last(n *node) int {
	for n.next != nil {
		n = n.next
	}
	return n.val
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("list broken: %w", errors.New("nil node")))
	}()
	list := &node{val: 1, next: &node{val: 2}}
	fmt.Println(last(list))
	fmt.Println(last(list.next.next))
}
