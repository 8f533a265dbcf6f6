package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return it
}

func (g Graph) ShortestPaths(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	q := &pq{}
	heap.Push(q, &item{node: src})
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(q, &item{node: e.to, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func bfs(g Graph, start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, e := range g[n] {
			if !seen[e.to] {
				seen[e.to] = true
				queue = append(queue, e.to)
			}
		}
	}
	return order
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 1)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("C", "E", 10)
	g.AddEdge("D", "E", 2)
	g.AddEdge("D", "F", 6)
	g.AddEdge("E", "F", 2)
	g["G"] = nil

	dist, prev := g.ShortestPaths("A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "F"} {
		fmt.Printf("%s: %d via %s\n", n, dist[n], path(prev, n))
	}
	fmt.Println("G unreachable:", dist["G"] == math.MaxInt)
	fmt.Println("bfs:", bfs(g, "A"))

	h := &pq{}
	for i, w := range []int{5, 1, 4, 1, 3} {
		heap.Push(h, &item{node: fmt.Sprint("n", i), dist: w})
	}
	(*h)[2].dist = 0
	heap.Fix(h, 2)
	for h.Len() > 0 {
		it := heap.Pop(h).(*item)
		fmt.Print(it.node, ":", it.dist, " ")
	}
	fmt.Println()
}
