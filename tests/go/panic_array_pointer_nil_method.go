package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Min() int {
	for n.Left != nil {
		n = n.Left
	}
	return n.Val
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Min())
	var empty *Node
	empty.InOrder(func(int) { fmt.Println("never") })
	fmt.Println("empty tree min:")
	fmt.Println(empty.Min())
}
