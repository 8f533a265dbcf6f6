package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = insert(n.Left, k)
	} else {
		n.Right = insert(n.Right, k)
	}
	return n
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func render(n *Node, depth int, b *strings.Builder) {
	if n == nil {
		return
	}
	render(n.Right, depth+1, b)
	fmt.Fprintf(b, "%s%d\n", strings.Repeat("  ", depth), n.Key)
	render(n.Left, depth+1, b)
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, k)
	}
	var b strings.Builder
	render(root, 0, &b)
	fmt.Print(b.String())
	fmt.Println("height", height(root))
}
