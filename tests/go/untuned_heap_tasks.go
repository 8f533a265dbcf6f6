// container/heap priority queue of tasks with index tracking, Fix and Remove, plus an IntHeap.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority == pq[j].Priority {
		return pq[i].Name < pq[j].Name
	}
	return pq[i].Priority > pq[j].Priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	for i, name := range strings.Fields("email build deploy test lint docs") {
		heap.Push(pq, &Task{Name: name, Priority: (i * 7) % 4})
	}
	fmt.Println("top:", (*pq)[0].Name, pq.Len())
	docs := (*pq)[len(*pq)-1]
	docs.Priority = 10
	heap.Fix(pq, docs.index)
	removed := heap.Remove(pq, 2).(*Task)
	fmt.Printf("removed %+v\n", *removed)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%-7s p=%d idx=%d\n", t.Name, t.Priority, t.index)
	}
	h := &IntHeap{5, 2, 8, 1}
	heap.Init(h)
	heap.Push(h, 3)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
