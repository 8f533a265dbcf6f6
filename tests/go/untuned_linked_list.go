// A singly linked list with pointers: append, remove via pointer-to-pointer, reverse, String().
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "%d", n.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	var l List
	fmt.Println(l, l.size, l.head == nil)
	for i := 1; i <= 5; i++ {
		l.Append(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(0), l.Remove(50))
	fmt.Println(&l, l.size)
	l.Reverse()
	fmt.Println(l)
	n := l.head.Next
	fmt.Printf("%+v %v\n", *n.Next, n.Next.Next == nil)
	var empty List
	empty.Reverse()
	fmt.Printf("%v|%s|%d\n", empty, empty, empty.size)
}
